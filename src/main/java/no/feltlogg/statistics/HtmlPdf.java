package no.feltlogg.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a tagged PDF (PDF/UA): the HTML a page would show, laid
 * out with its own print stylesheet by openhtmltopdf. The document's title is the
 * template's {@code <title>}, its language the {@code lang} of its {@code <html>}. The
 * one font (Liberation Sans, shipped inside PDFBox) is embedded, as PDF/UA requires;
 * nothing is fetched at run time. Templates rendered here use no {@code @{...}} links
 * (there is no request).
 */
@Component
class HtmlPdf {

	static final String FONT_FAMILY = "Liberation Sans";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	HtmlPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> variables, Locale locale) {
		var html = templates.process(template, new Context(locale, variables));
		var document = new W3CDom().fromJsoup(Jsoup.parse(html));
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			// no bold face ships with PDFBox: the regular face stands in, and it answers
			// for the generic families too,
			// so that no text falls back to a built-in font that PDF/UA would refuse (it
			// is not embedded)
			for (var family : new String[] { FONT_FAMILY, "sans-serif", "serif", "monospace" }) {
				for (int weight : new int[] { 400, 700 }) {
					for (var style : new FontStyle[] { FontStyle.NORMAL, FontStyle.ITALIC }) {
						builder.useFont((FSSupplier<InputStream>) HtmlPdf::font, family, weight, style, true);
					}
				}
			}
			builder.withW3cDocument(document, "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		var font = HtmlPdf.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("The PDF font is missing from PDFBox");
		}
		return font;
	}

}
