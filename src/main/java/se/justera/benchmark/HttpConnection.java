package se.justera.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that posts JSON and reads the answer, as a load tool such as
 * wrk does. The JDK's HttpClient spent more CPU per request than the server's GraphQL layer, and on
 * two cores the load side's CPU is taken from the server.
 */
final class HttpConnection implements AutoCloseable {

	private final URI uri;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	HttpConnection(URI uri) throws IOException {
		this.uri = uri;
		open();
	}

	private void open() throws IOException {
		this.socket = new Socket(this.uri.getHost(), this.uri.getPort());
		this.socket.setTcpNoDelay(true);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 65536);
		this.out = this.socket.getOutputStream();
	}

	/** The response body; an exception for any status but 200. */
	String postJson(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + this.uri.getRawPath() + " HTTP/1.1\r\nHost: " + this.uri.getHost() + ":" + this.uri.getPort()
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
		this.out.write(head.getBytes(StandardCharsets.US_ASCII));
		this.out.write(body);
		this.out.flush();
		String status = line();
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				// Tomcat closes a kept-alive connection after 100 requests (maxKeepAliveRequests)
				close = true;
			}
		}
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
				response.write(this.in.readNBytes(size));
				line();
			}
			line();
		}
		else if (length >= 0) {
			response.write(this.in.readNBytes(length));
		}
		String text = response.toString(StandardCharsets.UTF_8);
		if (close) {
			this.socket.close();
			open();
		}
		if (!status.contains(" 200 ")) {
			throw new IOException(status + ": " + text);
		}
		return text;
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
			if (c < 0) {
				throw new IOException("The server closed the connection");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
