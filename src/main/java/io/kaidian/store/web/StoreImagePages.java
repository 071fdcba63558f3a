package io.kaidian.store.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.documents.Upload;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.store.StoreImage;
import io.kaidian.store.StoreImageUpload;

/** The logo and banner forms of the seller's store page (R-STORE-1). */
@Controller
class StoreImagePages {

	private final StoreImageUpload upload;

	private final PageErrors pageErrors;

	private final MessageSource messages;

	StoreImagePages(StoreImageUpload upload, PageErrors pageErrors, MessageSource messages) {
		this.upload = upload;
		this.pageErrors = pageErrors;
		this.messages = messages;
	}

	@PostMapping("/seller/store/{kind:logo|banner}")
	String upload(KaidianUser seller, @PathVariable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Locale locale,
			RedirectAttributes redirect) {
		StoreImage image = "logo".equals(kind) ? StoreImage.LOGO : StoreImage.BANNER;
		try {
			if (file == null || file.isEmpty()) {
				throw RuleViolationException.of("file", "FILE_EMPTY");
			}
			this.upload.upload(seller.accountId(), image, Upload.of(file));
			redirect.addFlashAttribute("flash", this.messages.getMessage("store-images.saved", null, locale));
		}
		catch (NotFoundException ex) {
			return "redirect:/seller/store";
		}
		catch (Refusal ex) {
			this.pageErrors.report(ex, locale, new FormFields(this.messages, "store")).flash(redirect);
		}
		return "redirect:/seller/store";
	}

}
