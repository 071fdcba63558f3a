package io.kaidian.settlement.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long clients and shared caches may keep the public offers
 * ({@code kaidian.settlement.offers-max-age}), sent as {@code Cache-Control: public,
 * max-age}. After that they revalidate with the {@code ETag}, which costs the service no
 * more than comparing two strings.
 *
 * @param offersMaxAge the {@code max-age} of {@code /api/v1/business-scopes} and
 * {@code /api/v1/sales-plans}
 */
@ConfigurationProperties("kaidian.settlement")
record OffersCacheProperties(@DefaultValue("60s") Duration offersMaxAge) {
}
