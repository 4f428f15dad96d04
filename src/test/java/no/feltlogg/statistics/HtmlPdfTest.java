package no.feltlogg.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Any template to a tagged PDF: title and language from the HTML, the font embedded,
 * Norwegian letters kept.
 */
class HtmlPdfTest {

	@Test
	void aTemplateBecomesATaggedPdfWithItsTitleLanguageAndEmbeddedFont() throws Exception {
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		var template = """
				<!DOCTYPE html><html lang="nb"><head><title th:text="${title}"></title></head>
				<body><h1 th:text="${title}"></h1><p>Blåbær, ærfugl og øy × &lt;5</p></body></html>""";
		var bytes = new HtmlPdf(engine).render(template, Map.of("title", "Årsrapport 2025"), Locale.of("nb"));
		try (var pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Årsrapport 2025");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nb");
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			var resources = pdf.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
			}
			assertThat(new PDFTextStripper().getText(pdf)).contains("Årsrapport 2025")
				.contains("Blåbær, ærfugl og øy × <5");
		}
	}

}
