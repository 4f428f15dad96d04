package no.feltlogg.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A Thymeleaf template rendered as a tagged PDF (PDF/UA): the same HTML and CSS a page uses, laid out by
 * openhtmltopdf, with the text in LiberationSans (shipped inside PDFBox) embedded so that every letter, æøå
 * included, can be read and copied. The template must be well-formed XHTML, with a title and a language.
 */
@Component
class HtmlPdf {

	/** The font family a template names in its CSS. */
	static final String FONT = "LiberationSans";

	private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	HtmlPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> variables, Locale locale) {
		var html = templates.process(template, new Context(locale, variables));
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			// one face for every weight and style: nothing falls back to a built-in font that is not embedded
			for (var style : BaseRendererBuilder.FontStyle.values()) {
				builder.useFont(() -> HtmlPdf.class.getResourceAsStream(FONT_RESOURCE), FONT, 400, style, true);
				builder.useFont(() -> HtmlPdf.class.getResourceAsStream(FONT_RESOURCE), FONT, 700, style, true);
			}
			builder.withProducer("Feltlogg");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
