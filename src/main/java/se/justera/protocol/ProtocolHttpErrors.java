package se.justera.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import se.justera.graphql.InvalidArgumentException;
import se.justera.graphql.NotFoundException;
import se.justera.web.ErrorBody;

/**
 * The file endpoints' errors in GraphQL's shape and with its codes, {@code {"errors":[{"message":
 * ..., "extensions":{"code": ...}}]}}, and an HTTP status that says the same: INVALID_PROTOCOL 422
 * (with line and page when known), MUNICIPALITY_MISMATCH 422 (with both names), CONFLICT 409,
 * BAD_USER_INPUT 400, NOT_FOUND 404, FORBIDDEN 403, REQUEST_TOO_LARGE 413, SERVER_BUSY 503.
 * (UNAUTHENTICATED 401 comes from Spring Security's entry point, before the body is read.)
 */
@RestControllerAdvice(annotations = ProtocolEndpoint.class)
class ProtocolHttpErrors {

	private static final Logger log = LoggerFactory.getLogger(ProtocolHttpErrors.class);

	/** The code a client gets for this failure, as GraphQL's errors name them. */
	static String code(Throwable ex) {
		if (ex instanceof InvalidProtocolException) {
			return "INVALID_PROTOCOL";
		}
		if (ex instanceof MunicipalityMismatchException) {
			return "MUNICIPALITY_MISMATCH";
		}
		if (ex instanceof ProtocolConflictException) {
			return "CONFLICT";
		}
		if (ex instanceof InvalidArgumentException) {
			return "BAD_USER_INPUT";
		}
		if (ex instanceof NotFoundException) {
			return "NOT_FOUND";
		}
		if (ex instanceof AccessDeniedException) {
			return "FORBIDDEN";
		}
		if (ex instanceof ServerBusyException) {
			return "SERVER_BUSY";
		}
		return "INTERNAL_ERROR";
	}

	@ExceptionHandler(InvalidProtocolException.class)
	ResponseEntity<ErrorBody> invalid(InvalidProtocolException ex) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (ex.getLine() != null) {
			extensions.put("line", ex.getLine());
		}
		if (ex.getPage() != null) {
			extensions.put("page", ex.getPage());
		}
		return error(HttpStatus.UNPROCESSABLE_CONTENT, "INVALID_PROTOCOL", ex.getMessage(), extensions);
	}

	@ExceptionHandler(MunicipalityMismatchException.class)
	ResponseEntity<ErrorBody> mismatch(MunicipalityMismatchException ex) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("municipality", ex.getGiven());
		extensions.put("printedMunicipality", ex.getPrinted());
		if (ex.getLine() != null) {
			extensions.put("line", ex.getLine());
		}
		return error(HttpStatus.UNPROCESSABLE_CONTENT, "MUNICIPALITY_MISMATCH",
				ex.getMessage().replace("confirmMunicipality: true", "the form field confirmMunicipality=true"), extensions);
	}

	@ExceptionHandler(ProtocolConflictException.class)
	ResponseEntity<ErrorBody> conflict(ProtocolConflictException ex) {
		return error(HttpStatus.CONFLICT, "CONFLICT", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<ErrorBody> badInput(InvalidArgumentException ex) {
		return error(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", ex.getMessage(), Map.of());
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
			MethodArgumentTypeMismatchException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ErrorBody> badRequest(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ErrorBody> tooLarge(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE",
				"The file is over the limit (justera.upload.max-request-bytes)", Map.of());
	}

	/** Not multipart, or a multipart body that cannot be parsed. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ErrorBody> notMultipart(MultipartException ex) {
		return error(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", "The request is not a readable multipart/form-data form ("
				+ ex.getMessage() + "): send the fields municipality and file", Map.of());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ErrorBody> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "NOT_FOUND", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ErrorBody> forbidden(AccessDeniedException ex) {
		return error(HttpStatus.FORBIDDEN, "FORBIDDEN", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(ServerBusyException.class)
	ResponseEntity<ErrorBody> busy(ServerBusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "1")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBody.of("SERVER_BUSY", ex.getMessage()));
	}

	/** Anything else: the same shape, no internals. */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ErrorBody> unexpected(RuntimeException ex) {
		log.error("A protocol file request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
				"The request failed on the server; it has been logged", Map.of());
	}

	private static ResponseEntity<ErrorBody> error(HttpStatus status, String code, String message, Map<String, Object> more) {
		log.debug("{} {}: {}", status.value(), code, message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ErrorBody.of(code, message, more));
	}

}
