package se.justera.protocol;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the protocol import.
 *
 * @param maxCharacters the longest text accepted; a protocol of 50 pages is about 150 000
 * characters, so the default of 2 000 000 leaves room for the largest council minutes
 */
@ConfigurationProperties("justera.import")
public record ImportProperties(Integer maxCharacters) {

	public ImportProperties {
		if (maxCharacters == null) {
			maxCharacters = 2_000_000;
		}
	}

}
