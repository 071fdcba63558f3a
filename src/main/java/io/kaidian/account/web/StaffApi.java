package io.kaidian.account.web;

import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.account.StaffDirectory;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;
import io.kaidian.platform.web.ApiTags;

/**
 * {@code POST /api/v1/admin/staff}: an operator creates a reviewer or operator account.
 */
@RestController
@Tag(name = ApiTags.ACCOUNTS)
class StaffApi {

	private final StaffDirectory directory;

	StaffApi(StaffDirectory directory) {
		this.directory = directory;
	}

	/** Create a staff account (reviewer or operator); it gets a welcome email. */
	@PostMapping("/api/v1/admin/staff")
	@ResponseStatus(HttpStatus.CREATED)
	StaffCreated create(@Valid @RequestBody NewStaffRequest request, @AuthenticationPrincipal KaidianUser operator) {
		UUID id = this.directory.create(
				new StaffDirectory.NewStaff(request.email(), request.password(), request.name(), request.roles()),
				operator.accountId());
		return new StaffCreated(id);
	}

	/**
	 * @param email the new account's login
	 * @param password its password
	 * @param name its holder's name
	 * @param roles {@code REVIEWER} and/or {@code OPERATOR}
	 */
	record NewStaffRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password,
			@NotBlank @Size(max = 200) String name, @NotNull @NotEmpty Set<Role> roles) {
	}

	/**
	 * @param staffId the new account
	 */
	record StaffCreated(UUID staffId) {
	}

}
