package io.backorder.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port the stack is about to listen on is free, before anything is started. */
final class Ports {

    private Ports() {
    }

    /** True if nothing listens on {@code port} of the loopback interface (or of every interface). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @throws StackStartException naming the port, its user in the stack, and the ways out */
    static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new StackStartException("port " + port + " (" + what + ") is already in use. Stop whatever"
                    + " listens there (ss -ltnp 'sport = :" + port + "' shows it), or start with --port-offset N to"
                    + " move every port of the stack by N.");
        }
    }
}
