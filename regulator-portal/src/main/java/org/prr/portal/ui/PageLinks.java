package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager's links ({@code ${@pageLinks.to(n)}} in the layout's pager) and a list's export links
 * ({@code ${@pageLinks.export('CSV')}}): this page's address with every filter as the person chose it, so a list's
 * templates do not each repeat their filters.
 */
@Component
class PageLinks {

    /** This list with another page number. */
    public String to(int page) {
        return thisPage("").replaceQueryParam("page", page).build().toUriString();
    }

    /** This list's export ({@code <this path>/export}) as a format: the same filters, every page of rows. */
    public String export(String format) {
        return thisPage("/export")
                .replaceQueryParam("page")
                .replaceQueryParam("before")
                .replaceQueryParam("beforeId")
                .replaceQueryParam("format", format)
                .build()
                .toUriString();
    }

    private static UriComponentsBuilder thisPage(String below) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI() + below).query(request.getQueryString());
    }
}
