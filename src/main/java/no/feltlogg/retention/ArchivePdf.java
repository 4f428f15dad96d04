package no.feltlogg.retention;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Writes lines of text as a PDF/A-1b file: the font embedded (Liberation Sans, shipped
 * inside PDFBox), an sRGB output intent (the JDK's own profile), and XMP metadata that
 * names the conformance and the title, the same title as in the document information.
 */
final class ArchivePdf {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final float SIZE = 10;

	private static final float LEADING = 14;

	private static final float MARGIN = 56;

	private static final int WRAP = 95;

	private ArchivePdf() {
	}

	static byte[] write(String title, List<String> lines) {
		try (var doc = new PDDocument(); var fontData = ArchivePdf.class.getResourceAsStream(FONT)) {
			if (fontData == null) {
				throw new IOException("The archive font is missing");
			}
			var font = PDType0Font.load(doc, fontData);
			var wrapped = new ArrayList<String>();
			wrapped.add(title);
			wrapped.add("");
			for (var line : lines) {
				wrapped.addAll(wrap(printable(line, font)));
			}
			var page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			var out = new PDPageContentStream(doc, page);
			float y = PDRectangle.A4.getHeight() - MARGIN;
			for (var line : wrapped) {
				if (y < MARGIN) {
					out.close();
					page = new PDPage(PDRectangle.A4);
					doc.addPage(page);
					out = new PDPageContentStream(doc, page);
					y = PDRectangle.A4.getHeight() - MARGIN;
				}
				if (!line.isEmpty()) {
					out.beginText();
					out.setFont(font, SIZE);
					out.newLineAtOffset(MARGIN, y);
					out.showText(line);
					out.endText();
				}
				y -= LEADING;
			}
			out.close();

			doc.getDocumentInformation().setTitle(title);
			var metadata = new PDMetadata(doc);
			metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
			doc.getDocumentCatalog().setMetadata(metadata);
			var intent = new PDOutputIntent(doc,
					new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
			intent.setInfo("sRGB IEC61966-2.1");
			intent.setOutputCondition("sRGB IEC61966-2.1");
			intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
			intent.setRegistryName("http://www.color.org");
			doc.getDocumentCatalog().addOutputIntent(intent);

			var bytes = new ByteArrayOutputStream();
			doc.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Characters the embedded font cannot draw (and control characters) become a question
	 * mark.
	 */
	private static String printable(String line, PDType0Font font) {
		var text = new StringBuilder();
		line.codePoints().forEach(cp -> {
			boolean drawable;
			try {
				drawable = !Character.isISOControl(cp) && font.hasGlyph(cp);
			}
			catch (IOException ex) {
				drawable = false;
			}
			text.appendCodePoint(cp == '\t' ? ' ' : drawable ? cp : '?');
		});
		return text.toString();
	}

	private static List<String> wrap(String line) {
		var lines = new ArrayList<String>();
		for (var paragraph : line.split("\n", -1)) {
			var rest = paragraph;
			while (rest.length() > WRAP) {
				int cut = rest.lastIndexOf(' ', WRAP);
				if (cut <= 0) {
					cut = WRAP;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut).stripLeading();
			}
			lines.add(rest);
		}
		return lines;
	}

	private static String xmp(String title) {
		return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
				+ " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
				+ "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
				+ "   <pdfaid:part>1</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n"
				+ "  </rdf:Description>\n"
				+ "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
				+ "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
				+ "</rdf:li></rdf:Alt></dc:title>\n" + "  </rdf:Description>\n" + " </rdf:RDF>\n" + "</x:xmpmeta>\n"
				+ "<?xpacket end=\"w\"?>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
