package org.minsheng.publication;

import java.util.Set;

/**
 * What an edited phrase would print with the year's figures, and the placeholders it uses that the
 * product does not know (the save refuses those, naming them).
 */
public record PhrasePreview(String sentence, Set<String> unknownPlaceholders) {
}
