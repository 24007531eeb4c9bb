package org.prr.portal.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The {@code /error} page as problem+json, in place of Spring Boot's default error JSON: it answers what the servlet
 * container and the security firewall refuse before any controller runs ({@code //}, {@code ;}, an unknown method).
 * Written straight to the response, so no {@code Accept} header can turn it into an empty 406.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;
    private final List<ErrorPages> pages;

    ProblemErrorController(ProblemWriter problems, List<ErrorPages> pages) {
        this.problems = problems;
        this.pages = pages;
    }

    /** A page when the failed request's path belongs to a part with {@link ErrorPages}; problem+json otherwise. */
    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            for (ErrorPages part : pages) {
                if (part.owns(path)) {
                    response.setStatus(status);
                    return part.page(status);
                }
            }
        }
        problems.write(response, ProblemWriter.forStatus(status));
        return null;
    }
}
