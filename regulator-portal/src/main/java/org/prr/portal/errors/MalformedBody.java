package org.prr.portal.errors;

/** A body that is not one well-formed JSON document (400), whichever API it came to. */
public class MalformedBody extends DomainException {

    private MalformedBody(String detail) {
        super(Kind.MALFORMED, detail);
    }

    public static MalformedBody because(String detail) {
        return new MalformedBody(detail);
    }
}
