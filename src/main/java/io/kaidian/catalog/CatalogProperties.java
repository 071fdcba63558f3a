package io.kaidian.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the catalog module ({@code kaidian.catalog.*}).
 *
 * @param maxImages a product's images, at most
 * @param titleMax a product's title, at most this many characters
 * @param imageMaxAge how long browsers and caches may keep a store's public image
 */
@ConfigurationProperties("kaidian.catalog")
public record CatalogProperties(int maxImages, int titleMax, Duration imageMaxAge) {
}
