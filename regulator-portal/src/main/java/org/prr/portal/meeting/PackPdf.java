package org.prr.portal.meeting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A pack's content as PDF: the {@code pdf/meeting-pack} template rendered by Thymeleaf in Chinese, laid out by
 * openhtmltopdf (PDFBox) with Droid Sans Fallback embedded (the glyphs used), so the Chinese text shows on any reader.
 */
@Component
class PackPdf {

    /** The font the template asks for by this family name; a TrueType font with the CJK ideographs. */
    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

    private final ITemplateEngine templates;

    PackPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(PackContent content, String contentSha256, ZoneId zone) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("pack", content);
        context.setVariable("sha256", contentSha256);
        context.setVariable("zone", zone);
        String html = templates.process("pdf/meeting-pack", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PackPdf.class.getResourceAsStream(FONT), "CJK");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the meeting pack could not be laid out", e);
        }
        return out.toByteArray();
    }
}
