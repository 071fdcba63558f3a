package io.kaidian.catalog.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import io.kaidian.platform.web.PageErrors;

/**
 * Where the products page shows a field and what it calls it: the field's element id, and
 * its label from {@code <prefix>.field.<name>}.
 */
final class ProductFields implements PageErrors.Fields {

	private final MessageSource messages;

	private final String prefix;

	ProductFields(MessageSource messages, String prefix) {
		this.messages = messages;
		this.prefix = prefix;
	}

	@Override
	public PageErrors.Place place(String field, Locale locale) {
		return new PageErrors.Place(field, "#" + field,
				this.messages.getMessage(this.prefix + ".field." + field, null, field, locale));
	}

}
