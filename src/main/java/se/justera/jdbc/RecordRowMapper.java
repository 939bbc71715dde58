package se.justera.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * Maps a row to a record by its components' names ({@code meetingId} from {@code meeting_id}), with
 * the same value conversions as Spring's {@code SimplePropertyRowMapper}, and SQL arrays to lists.
 * <p>
 * Why not that one: it looks every column up by name in every row and tries the camel-case name
 * first, so each snake_case column costs the driver an exception with a stack trace. That was a
 * sixth of the API's CPU in the meeting-detail benchmark. This mapper matches the columns once,
 * from the first row's metadata, so an instance serves one query: use {@link #of} per call.
 */
public final class RecordRowMapper<T> implements RowMapper<T> {

	/** What reflection says about a record type: read once per type, never changed. */
	private record Shape(Constructor<?> constructor, String[] names, TypeDescriptor[] types) {
	}

	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null) {
				throw new IllegalArgumentException(type.getName() + " is not a record");
			}
			Class<?>[] parameterTypes = new Class<?>[components.length];
			String[] names = new String[components.length];
			for (int i = 0; i < components.length; i++) {
				parameterTypes[i] = components[i].getType();
				names[i] = components[i].getName();
			}
			Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
			TypeDescriptor[] types = new TypeDescriptor[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
			}
			return new Shape(constructor, names, types);
		}
	};

	private final Shape shape;

	private final ConversionService conversions = DefaultConversionService.getSharedInstance();

	/** Column index per component, resolved at the first row. */
	private int[] columns;

	private RecordRowMapper(Class<T> type) {
		this.shape = SHAPES.get(type);
	}

	/** A mapper for one query's rows. */
	public static <T extends Record> RowMapper<T> of(Class<T> type) {
		return new RecordRowMapper<>(type);
	}

	@Override
	@SuppressWarnings("unchecked")
	public T mapRow(ResultSet rs, int rowNum) throws SQLException {
		if (this.columns == null) {
			this.columns = resolve(rs.getMetaData());
		}
		Object[] args = new Object[this.columns.length];
		for (int i = 0; i < args.length; i++) {
			TypeDescriptor type = this.shape.types()[i];
			Object value = JdbcUtils.getResultSetValue(rs, this.columns[i], type.getType());
			if (value instanceof java.sql.Array array) {
				// int[] columns arrive as the driver's array; List<Integer> components want its elements
				value = array.getArray();
			}
			// the driver gave the component's type already (most columns): no lookup of a converter
			args[i] = value != null && ClassUtils.isAssignableValue(type.getType(), value) ? value
					: this.conversions.convert(value, type);
		}
		return (T) BeanUtils.instantiateClass(this.shape.constructor(), args);
	}

	private int[] resolve(ResultSetMetaData metaData) throws SQLException {
		Map<String, Integer> byName = new HashMap<>();
		for (int c = 1; c <= metaData.getColumnCount(); c++) {
			byName.putIfAbsent(key(JdbcUtils.lookupColumnName(metaData, c)), c);
		}
		String[] names = this.shape.names();
		int[] result = new int[names.length];
		for (int i = 0; i < names.length; i++) {
			Integer column = byName.get(key(names[i]));
			if (column == null) {
				throw new InvalidDataAccessApiUsageException("No column for record component '" + names[i] + "' of "
						+ this.shape.constructor().getDeclaringClass().getSimpleName() + " among " + byName.keySet());
			}
			result[i] = column;
		}
		return result;
	}

	/** {@code meeting_id}, {@code meetingId} and {@code meetingid} are the same name. */
	private static String key(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

}
