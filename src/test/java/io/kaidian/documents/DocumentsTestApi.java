package io.kaidian.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Test-only endpoints over {@link Documents}, so the tests go through real HTTP and
 * multipart handling as the identity module's upload endpoint will. Lives in test sources
 * only.
 */
@RestController
class DocumentsTestApi {

	static final String OWNER_KIND = "TEST_CASE";

	private final Documents documents;

	DocumentsTestApi(Documents documents) {
		this.documents = documents;
	}

	@PutMapping(path = "/api/v1/test/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Object> upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KaidianUser user)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			StoredDocument stored = this.documents.store(
					new Upload(content, file.getOriginalFilename(), file.getContentType()),
					new DocumentOwner(OWNER_KIND, UUID.randomUUID(), user.accountId()));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", stored.id().toString());
			body.put("mediaType", stored.mediaType());
			body.put("size", stored.size());
			body.put("width", stored.width());
			body.put("height", stored.height());
			body.put("sha256", stored.sha256());
			body.put("checks", stored.checks());
			return body;
		}
	}

	@GetMapping("/api/v1/test/documents/{id}")
	ResponseEntity<byte[]> open(@PathVariable UUID id, @AuthenticationPrincipal KaidianUser user) {
		Role role = user.has(Role.OPERATOR) ? Role.OPERATOR : user.has(Role.REVIEWER) ? Role.REVIEWER : Role.SELLER;
		Opened opened = this.documents.open(new DocumentId(id), new Viewer(user.accountId(), role));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + opened.fileName() + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(opened.content());
	}

}
