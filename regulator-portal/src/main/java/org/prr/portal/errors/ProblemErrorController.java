package org.prr.portal.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The {@code /error} page as problem+json, in place of Spring Boot's default error JSON: it answers what the servlet
 * container and the security firewall refuse before any controller runs ({@code //}, {@code ;}, an unknown method).
 * Written straight to the response, so no {@code Accept} header can turn it into an empty 406.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        problems.write(response, ProblemWriter.forStatus(status instanceof Integer code ? code : 500));
    }
}
