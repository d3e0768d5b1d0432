package org.copro.projects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The project report as a PDF: the same sections and figures as the report page, laid out
 * from an XHTML template by openhtmltopdf, in DejaVu fonts embedded in the file so that
 * Welsh letters such as ŵ and ŷ show.
 */
@Component
class ReportPdf {

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	ReportPdf(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	byte[] render(Map<String, Object> model, Locale locale) {
		String html = templates.process("projects/report-pdf", new Context(locale, model));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont((FSSupplier<InputStream>) () -> font("DejaVuSans.ttf"), "DejaVu Sans", 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont((FSSupplier<InputStream>) () -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	/** The file name offered for the download, e.g. {@code report-12.pdf}. */
	String fileName(Project project, Locale locale) {
		return messages.getMessage("projects.report.pdf-file", new Object[] { String.valueOf(project.id()) }, locale);
	}

	private InputStream font(String name) {
		InputStream stream = ReportPdf.class.getResourceAsStream(FONTS + name);
		if (stream == null) {
			throw new IllegalStateException("Font " + name + " is missing from the classpath");
		}
		return stream;
	}

}
