package se.justera.protocol;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of protocol files sent over HTTP (POST /protocols, POST /protocols/check).
 *
 * @param maxRequestBytes the largest request body those endpoints read (a PDF of minutes with
 * scanned appendices runs to a few MB; the default, 25 MiB, leaves room); counted as the body is
 * read, and refused with 413 REQUEST_TOO_LARGE before it is when the Content-Length says so
 * @param maxPdfPages the most pages a PDF may have (looked at before its text is read)
 * @param maxConcurrent files read at once on this node; more get 503 SERVER_BUSY, so that PDF
 * reading cannot take every core and every MB of the heap
 */
@ConfigurationProperties("justera.upload")
public record UploadProperties(Long maxRequestBytes, Integer maxPdfPages, Integer maxConcurrent) {

	public UploadProperties {
		if (maxRequestBytes == null) {
			maxRequestBytes = 25L * 1024 * 1024;
		}
		if (maxPdfPages == null) {
			maxPdfPages = 1000;
		}
		if (maxConcurrent == null) {
			maxConcurrent = 4;
		}
	}

}
