package org.prr.portal.errors;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report as problem+json instead of its HTML page, for what Tomcat refuses itself: an encoded
 * {@code /} or NUL in the path, a backslash, headers over the size limit (answered 431 rather than 400), CONNECT
 * (answered 405 rather than 501).
 */
class ProblemReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 400
                && throwable instanceof IllegalArgumentException
                && String.valueOf(throwable.getMessage()).contains("header is too large")) {
            status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
            response.setStatus(status);
        } else if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
            // Tomcat's answer to CONNECT: a method the client should not use here, not a fault of the portal.
            status = HttpStatus.METHOD_NOT_ALLOWED.value();
            response.setStatus(status);
        }
        ProblemDetail problem = ProblemWriter.forStatus(status);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                problems.write(writer, problem);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response cannot take a body: nothing more to say to it.
        }
    }
}
