package io.kaidian.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the catalog module ({@code kaidian.catalog.*}).
 *
 * @param maxImages a product's images, at most
 * @param titleMax a product's title, at most this many characters
 */
@ConfigurationProperties("kaidian.catalog")
public record CatalogProperties(int maxImages, int titleMax) {
}
