package io.kaidian.support;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements an HTTP call sends to the database, for tests that hold a
 * path to a budget (docs/benchmarks.md, "Review: claim and decide"). A call sent with the
 * header {@value #HEADER} is counted under the header's value: every statement its
 * request thread executes, from the first filter (the bearer token) to the answer,
 * {@code BEGIN} and {@code COMMIT} aside; each statement of a JDBC batch counts.
 * Statements on other threads (listeners after commit, scheduled tasks) are not counted.
 * Calls without the header cost nothing more than a thread-local read.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	/** The request header naming the count. */
	public static final String HEADER = "X-Test-Count-Statements";

	private static final ThreadLocal<String> COUNTING = new ThreadLocal<>();

	private static final Map<String, List<String>> STATEMENTS = new ConcurrentHashMap<>();

	/** The statements counted under {@code label}, in order; empty when none. */
	public static List<String> statements(String label) {
		return List.copyOf(STATEMENTS.getOrDefault(label, List.of()));
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
						? new CountingDataSource(dataSource) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<CountingFilter> statementCountingFilter() {
		FilterRegistrationBean<CountingFilter> registration = new FilterRegistrationBean<>(new CountingFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Marks the request thread of a call sent with {@value #HEADER}. */
	static final class CountingFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String label = request.getHeader(HEADER);
			if (label == null) {
				chain.doFilter(request, response);
				return;
			}
			STATEMENTS.put(label, new CopyOnWriteArrayList<>());
			COUNTING.set(label);
			try {
				chain.doFilter(request, response);
			}
			finally {
				COUNTING.remove();
			}
		}

	}

	/** Hands out connections whose statements note what they execute. */
	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		/**
		 * Closes the pool when the context closes, as the data source it wraps would be.
		 */
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}

		private static Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("equals")) {
							return proxy == args[0];
						}
						if (method.getName().equals("hashCode")) {
							return System.identityHashCode(proxy);
						}
						Object result = invoke(target, method, args);
						if (result instanceof Statement statement) {
							String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
							return statement(statement, sql);
						}
						return result;
					});
		}

		private static Object statement(Statement target, String prepared) {
			List<Class<?>> types = new ArrayList<>();
			for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
				for (Class<?> candidate : type.getInterfaces()) {
					if (candidate.getName().startsWith("java.sql.") && !types.contains(candidate)) {
						types.add(candidate);
					}
				}
			}
			List<String> batch = new ArrayList<>();
			InvocationHandler handler = (proxy, method, args) -> {
				String name = method.getName();
				String label = COUNTING.get();
				if (label != null) {
					String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : prepared;
					if (name.equals("addBatch")) {
						batch.add(String.valueOf(sql));
					}
					else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
						STATEMENTS.get(label).addAll(batch);
						batch.clear();
					}
					else if (name.startsWith("execute")) {
						STATEMENTS.get(label).add(String.valueOf(sql));
					}
				}
				return invoke(target, method, args);
			};
			return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types.toArray(Class<?>[]::new),
					handler);
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
