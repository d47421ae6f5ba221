package org.minsheng.publication;

/** An indicator's publication phrase as the editor shows it; {@code version} guards against lost updates. */
public record PhraseEntry(int indicatorId, String code, String name, String category, String template, int version) {}
