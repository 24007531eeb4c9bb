package org.prr.portal.errors;

import org.springframework.web.servlet.ModelAndView;

/**
 * A part of the portal that answers failures under its own paths with a page of its own rather than problem+json:
 * what the servlet container or a view reports through {@code /error} (an unknown page, a page that failed to render).
 */
public interface ErrorPages {

    /** Whether failures of requests to {@code path} get this part's page. */
    boolean owns(String path);

    /** The page for a failure with {@code status} of a request to one of its paths. */
    ModelAndView page(int status);
}
