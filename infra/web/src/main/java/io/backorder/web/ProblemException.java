package io.backorder.web;

import java.util.List;

/**
 * A refusal that an application service answers with a status of its choosing (404 unknown order,
 * 409 conflict with the current state, 403 action disabled). Nothing was changed.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(int status, String title, String detail) {
        this(Problem.of(status, title, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "Bad Request", detail).withErrors(errors));
    }

    public Problem problem() {
        return problem;
    }
}
