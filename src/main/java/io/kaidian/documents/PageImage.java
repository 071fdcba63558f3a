package io.kaidian.documents;

/**
 * One page of a document as an image, for showing it inline (ADR 0030): a photo is its
 * own single page, as stored; a PDF's page is rendered to PNG.
 *
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param content the image (not copied: do not change it)
 * @param page which page, from 1
 * @param pages how many pages the document has
 */
public record PageImage(String mediaType, byte[] content, int page, int pages) {
}
