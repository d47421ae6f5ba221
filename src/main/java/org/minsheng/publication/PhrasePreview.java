package org.minsheng.publication;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an edited phrase would print with the year's figures, in parts so the editor can mark a gap
 * and an unknown placeholder differently, and the placeholders it uses that the product does not know
 * (the save refuses those, naming them).
 */
public record PhrasePreview(List<PhrasePart> parts, Set<String> unknownPlaceholders) {

    /** The phrase as one string, gap and unknown markers included. */
    public String sentence() {
        return parts.stream().map(PhrasePart::text).collect(Collectors.joining());
    }

    /** Known placeholders whose figure is missing for the chosen year. */
    public List<String> gaps() {
        return parts.stream()
                .filter(p -> p.kind() == PhrasePart.Kind.GAP)
                .map(PhrasePart::placeholder)
                .toList();
    }
}
