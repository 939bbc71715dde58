package se.justera.graphql;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as a POST of the given JSON body: a GET turned into the POST it stands for
 * ({@link GetRequests}), or a POST whose body was read already and is handed on as it came
 * ({@link DirectGraphQlPosts}).
 */
final class JsonPost extends HttpServletRequestWrapper {

	private final byte[] body;

	JsonPost(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public String getMethod() {
		return "POST";
	}

	@Override
	public String getContentType() {
		return "application/json";
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

	@Override
	public String getHeader(String name) {
		if ("Content-Type".equalsIgnoreCase(name)) {
			return getContentType();
		}
		if ("Content-Length".equalsIgnoreCase(name)) {
			return Integer.toString(this.body.length);
		}
		return super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		if ("Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)) {
			return Collections.enumeration(List.of(getHeader(name)));
		}
		return super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		List<String> names = Collections.list(super.getHeaderNames());
		if (names.stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
			names.add("Content-Type");
		}
		if (names.stream().noneMatch("Content-Length"::equalsIgnoreCase)) {
			names.add("Content-Length");
		}
		return Collections.enumeration(names);
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("blocking reads only");
			}

		};
	}

	@Override
	public java.io.BufferedReader getReader() {
		return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

}
