package io.kaidian.platform.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error path ({@code /error}): reached by errors no controller advice
 * saw, such as those raised in filters, and by pages whose status the advice sent as an
 * error. API calls get problem details; browsers get the error page in their language.
 * Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	static final String VIEW = "error/page";

	/**
	 * A request attribute naming the problem code of an error sent with
	 * {@code sendError}, when its status alone says too little.
	 */
	static final String CODE_ATTRIBUTE = ErrorPages.class.getName() + ".code";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final ProblemRenderer renderer;

	ErrorPages(ProblemRenderer renderer) {
		this.renderer = renderer;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Model model) {
		HttpStatus status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String errorId = null;
		if (status.is5xxServerError()) {
			errorId = UUID.randomUUID().toString();
			Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			log.error("Unexpected error {} on {}", errorId, path, exception instanceof Throwable t ? t : null);
		}
		String code = request.getAttribute(CODE_ATTRIBUTE) instanceof String named ? named
				: ProblemRenderer.codeFor(status);
		if (path == null || !Requests.wantsPage(request, path)) {
			// the detail's argument: the error id of a fault, the method refused by a 405
			Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD);
			Object argument = errorId != null ? errorId : method != null ? method : request.getMethod();
			return this.renderer.withErrorId(this.renderer.response(status, code, List.of(), path, null, argument),
					errorId);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("code", code);
		model.addAttribute("errorId", errorId);
		return VIEW;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (status instanceof Integer value) {
			HttpStatus resolved = HttpStatus.resolve(value);
			if (resolved != null) {
				return resolved;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
