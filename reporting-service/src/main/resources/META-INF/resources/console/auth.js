"use strict";
/*
 * Signing in to the console (docs/security.md). The console asks for a user and password, checks them with
 * GET /api/me, and keeps them for this tab's session only (sessionStorage), sending them as HTTP Basic with every
 * call: reporting's own, and through /services/<name>/ to the service that owns an action, which decides what the
 * user may do. The pages a user's roles cannot use are not offered. "X-Requested-With" asks the services not to
 * answer 401 with a Basic challenge, which would put the browser's own login dialog over this one.
 */
const auth = {
  key: "backorder.credentials",
  me: null,
  /** The pages and the roles that open them; any other page is open to viewers. */
  pages: { "/fill": ["operator"], "/processor": ["operator"], "/parameters": ["viewer", "admin"] },

  header() { return sessionStorage.getItem(auth.key); },

  /** Headers every call carries. */
  headers() {
    const headers = { "X-Requested-With": "XMLHttpRequest" };
    const credentials = auth.header();
    if (credentials) headers["Authorization"] = credentials;
    return headers;
  },

  has(role) { return !!auth.me && auth.me.roles.includes(role); },

  /** May the signed-in user open this page (a path of the console's routes)? */
  mayOpen(path) {
    const entry = Object.entries(auth.pages).find(([prefix]) => path === prefix || path.startsWith(prefix + "/"));
    return (entry ? entry[1] : ["viewer"]).some(role => auth.has(role));
  },

  /** Resolves once someone is signed in: at once with the session's credentials, else after the login form. */
  async signIn() {
    if (auth.header() && await auth.check(auth.header())) return;
    sessionStorage.removeItem(auth.key);
    await new Promise(resolve => auth.loginForm(resolve));
  },

  async check(credentials) {
    try {
      const response = await fetch("/api/me", { headers: { "Accept": "application/json",
        "X-Requested-With": "XMLHttpRequest", "Authorization": credentials } });
      if (!response.ok) return false;
      auth.me = await response.json();
      sessionStorage.setItem(auth.key, credentials);
      auth.showUser();
      return true;
    } catch (e) {
      return false;
    }
  },

  loginForm(done) {
    const main = document.getElementById("main");
    const message = el("div", { id: "login-message" });
    const form = el("form", { class: "filters", id: "login", onsubmit: async event => {
      event.preventDefault();
      const credentials = "Basic " + btoa(unescape(encodeURIComponent(form.elements.user.value + ":" + form.elements.password.value)));
      if (await auth.check(credentials)) done();
      else say(message, "Those credentials do not sign in.", "refused");
    } },
      el("label", {}, "User", el("input", { name: "user", id: "login-user", autocomplete: "username", required: true })),
      el("label", {}, "Password", el("input", { name: "password", id: "login-password", type: "password",
        autocomplete: "current-password", required: true })),
      el("button", { type: "submit", id: "login-submit" }, "Sign in"));
    main.replaceChildren(el("h1", {}, "Sign in"), el("p", { class: "muted" },
      "Sign in with your user; the local stack's users are in the README."), form, message);
    form.elements.user.focus();
  },

  showUser() {
    // Actions a role may not take are not shown (app.css): the services refuse them anyway.
    document.body.dataset.roles = auth.me.roles.join(" ");
    for (const link of document.querySelectorAll(".top nav a")) {
      link.parentElement.hidden = !auth.mayOpen(link.getAttribute("href").slice(1));
    }
    const box = document.getElementById("user");
    if (box) box.replaceChildren(el("span", { id: "user-name" }, auth.me.name), " ",
      el("button", { type: "button", class: "secondary", id: "sign-out", onclick: () => auth.signOut() }, "Sign out"));
  },

  /** Forgets the credentials and loads the console afresh, at the login form; nothing is asked meanwhile. */
  signOut() {
    sessionStorage.removeItem(auth.key);
    auth.me = null;
    state.refresh = null;
    clearTimeout(state.timer);
    location.replace(location.pathname);
  },

  /** Server-sent events with the credentials (EventSource cannot send headers): calls onEvent(data) per event. */
  async stream(url, onOpen, onEvent, onError) {
    for (;;) {
      try {
        const response = await fetch(url, { headers: Object.assign({ "Accept": "text/event-stream" }, auth.headers()) });
        if (!response.ok || !response.body) throw new Error("HTTP " + response.status);
        onOpen();
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const data = buffer.slice(0, end).split("\n").filter(l => l.startsWith("data:"))
              .map(l => l.slice(5).replace(/^ /, "")).join("\n");
            buffer = buffer.slice(end + 2);
            if (data) onEvent(data);
          }
        }
      } catch (e) {
        // reconnects below, as EventSource would
      }
      onError();
      await new Promise(resolve => setTimeout(resolve, 3000));
    }
  },

  /**
   * Links to printable reports, CSV exports and documents are fetched with the credentials and opened from memory:
   * a plain link could not carry them.
   */
  linksCarryCredentials() {
    document.addEventListener("click", async event => {
      const link = event.target.closest && event.target.closest("a[href^='/api/'], a[href^='/services/']");
      if (!link || event.defaultPrevented || event.button !== 0) return;
      event.preventDefault();
      const opened = link.hasAttribute("download") ? null : window.open("", "_blank");
      const response = await fetch(link.getAttribute("href"), { headers: auth.headers() });
      const url = URL.createObjectURL(await response.blob());
      if (opened) { opened.location = url; return; }
      const name = ((response.headers.get("Content-Disposition") || "").match(/filename="?([^";]+)"?/) || [])[1];
      const save = el("a", { href: url, download: name || "export" });
      document.body.append(save);
      save.click();
      save.remove();
    });
  },
};
