package se.justera.compliance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import se.justera.config.DatabaseCredentials;

/**
 * How this node hears of the others: LISTEN on a connection of its own (not from a pool, which a
 * load could empty), for a switch of the active ruleset, an ended staging and queued work. NOTIFY
 * is best effort (a dropped connection misses some), so it also polls every
 * justera.cluster.poll-interval: a switch is seen within that time even with no notification.
 */
@Component
class ClusterListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClusterListener.class);

	private final PGSimpleDataSource source = new PGSimpleDataSource();

	private final RulesetService rulesets;

	private final ReevaluationWorker worker;

	private final Duration poll;

	private volatile boolean running;

	private Thread thread;

	ClusterListener(DatabaseCredentials credentials, RulesetService rulesets, ReevaluationWorker worker,
			ClusterNode node, @Value("${justera.cluster.poll-interval:2s}") Duration poll) {
		this.source.setUrl(credentials.url());
		this.source.setUser(credentials.appUser());
		this.source.setPassword(credentials.appPassword());
		this.source.setApplicationName("justera-listen " + node.id());
		this.source.setConnectTimeout(5);
		this.source.setTcpKeepAlive(true);
		this.rulesets = rulesets;
		this.worker = worker;
		this.poll = poll;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "cluster-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		Connection connection = null;
		long lastPoll = 0;
		while (this.running) {
			boolean refresh = false;
			try {
				if (connection == null) {
					connection = this.source.getConnection();
					try (Statement sql = connection.createStatement()) {
						sql.execute("listen " + RulesetRepository.RULES_CHANNEL);
						sql.execute("listen " + RulesetRepository.WORK_CHANNEL);
					}
					refresh = true; // what happened while we were not listening
				}
				PGNotification[] notifications = connection.unwrap(PGConnection.class)
					.getNotifications((int) Math.max(1, this.poll.toMillis()));
				if (notifications != null) {
					for (PGNotification notification : notifications) {
						if (RulesetRepository.RULES_CHANNEL.equals(notification.getName())) {
							refresh = true;
						}
						else {
							this.worker.wake();
						}
					}
				}
			}
			catch (SQLException ex) {
				if (this.running) {
					log.warn("Lost the LISTEN connection ({}); polling every {} until it is back", ex.getMessage(), this.poll);
				}
				close(connection);
				connection = null;
				sleep();
			}
			if (!this.running) {
				break;
			}
			long now = System.nanoTime();
			if (refresh || now - lastPoll >= this.poll.toNanos()) {
				lastPoll = now;
				try {
					this.rulesets.refresh();
				}
				catch (RuntimeException ex) {
					log.warn("Could not read the active ruleset: {}", ex.toString());
				}
			}
		}
		close(connection);
	}

	private void sleep() {
		try {
			Thread.sleep(this.poll.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static void close(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// going anyway
			}
		}
	}

}
