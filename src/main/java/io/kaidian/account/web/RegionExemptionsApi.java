package io.kaidian.account.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.account.RegionExemptions;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;

/** The operator's allow-list of non-mainland applicants (R-REG-6). */
@RestController
@Tag(name = ApiTags.ACCOUNTS)
class RegionExemptionsApi {

	private final RegionExemptions exemptions;

	RegionExemptionsApi(RegionExemptions exemptions) {
		this.exemptions = exemptions;
	}

	/** Exempt a person from the region rule of registration. */
	@PostMapping("/api/v1/admin/region-exemptions")
	@ResponseStatus(HttpStatus.CREATED)
	RegionExemptions.Exemption add(@Valid @RequestBody NewExemption request,
			@AuthenticationPrincipal KaidianUser operator) {
		return this.exemptions.add(request.email(), request.region(), request.note(), operator.accountId());
	}

	/** The region exemptions. */
	@GetMapping("/api/v1/admin/region-exemptions")
	List<RegionExemptions.Exemption> list() {
		return this.exemptions.list();
	}

	/** Withdraw a region exemption. */
	@DeleteMapping("/api/v1/admin/region-exemptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID id) {
		this.exemptions.remove(id);
	}

	/**
	 * @param email the applicant's email
	 * @param region the ISO 3166 code it may register from
	 * @param note why it was agreed
	 */
	record NewExemption(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 10) String region,
			@Nullable @Size(max = 500) String note) {
	}

}
