package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.feltlogg.groups.Groups;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;
import no.feltlogg.youth.YouthRecords;

/**
 * Every form field and request parameter of every endpoint, read from the handler methods
 * themselves (their form records' components, {@code @RequestParam}s, uploads and
 * bodies), gets every value of {@code fuzz-corpus.txt}; every path variable gets
 * malformed ids. The rules: never a 500, and nothing stored from a request that was
 * refused (the row counts of all tables but the access log are the same before and
 * after). Each endpoint is sent by the first role {@code security-matrix.csv} lets
 * through, on records of its own team.
 */
@IntegrationTest
class FuzzCorpusTest {

	static final String CORPUS = "fuzz-corpus.txt";

	/**
	 * Malformed ids for path variables; only characters a URL path carries as they are.
	 */
	static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "1", "-1",
			"x".repeat(300), "00000000-0000-0000-0000-000000000000");

	/**
	 * Tables a refused request may still write to: who looked at or was refused a record
	 * is logged (the access log, its list rows, the security log), and the visitor's
	 * session keeps its CSRF token (sessions live in PostgreSQL), as do the scheduler's
	 * locks.
	 */
	static final Set<String> LOGS = Set.of("access_log", "access_log_youth", "security_log", "spring_session",
			"spring_session_attributes", "shedlock", "flyway_schema_history");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestStaff staff;

	@Autowired
	YouthRecords records;

	@Autowired
	Groups groups;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * One field of an endpoint: a plain parameter, a map keyed in brackets, an upload or
	 * the request body.
	 */
	record Field(String name, Kind kind) {

		enum Kind {

			PARAM, MAP, FILE, BODY

		}

	}

	@Test
	void noValueAnywhereAnswersAServerErrorOrStoresAnythingWhenRefused() {
		var corpus = corpus();
		var table = SecurityMatrixTest.table();
		var counts = rowCounts();
		var failures = new ArrayList<String>();
		var world = new MatrixWorld(mvc, staff, records, groups, jdbc);
		counts.reset();
		int requests = 0;
		for (var entry : handlers()) {
			var info = entry.getKey();
			var handler = entry.getValue();
			var fields = fields(handler);
			for (var method : info.getMethodsCondition().getMethods()) {
				for (var pattern : info.getPatternValues()) {
					var params = String.join("&",
							info.getParamsCondition()
								.getExpressions()
								.stream()
								.map(Object::toString)
								.sorted()
								.toList());
					var endpoint = new SecurityMatrixTest.Endpoint(method.name(), pattern, params);
					var actor = actor(table.get(endpoint));
					if (actor == null) {
						continue;
					}
					boolean changed = false;
					var values = new ArrayList<>(corpus);
					for (var value : values) {
						var path = world.expand(pattern, true);
						var result = send(world, actor, method.name(), path, params, fields, value);
						requests++;
						changed |= check(failures, counts, endpoint, "every field = " + shown(value), result);
					}
					var matcher = VARIABLE.matcher(pattern);
					while (matcher.find()) {
						for (var bad : BAD_IDS) {
							var path = world.expand(
									pattern.substring(0, matcher.start()) + bad + pattern.substring(matcher.end()),
									true);
							var result = send(world, actor, method.name(), path, params, fields, "");
							requests++;
							changed |= check(failures, counts, endpoint, "{" + matcher.group(1) + "} = " + shown(bad),
									result);
						}
					}
					if (changed) {
						world = new MatrixWorld(mvc, staff, records, groups, jdbc);
						counts.reset();
					}
				}
			}
		}
		assertThat(requests).as("requests sent").isGreaterThan(1000);
		assertThat(failures).as("server errors and refused requests that stored something").isEmpty();
	}

	/**
	 * Checks one answer; says whether it went through (so the records may have changed).
	 * Row counts are compared after every request that was refused.
	 */
	private boolean check(List<String> failures, RowCounts counts, SecurityMatrixTest.Endpoint endpoint, String what,
			MvcTestResult result) {
		var answer = SecurityMatrixTest.classOf(result);
		if (answer.equals("500")) {
			failures.add(endpoint + " with " + what + ": " + SecurityMatrixTest.failure(result));
			counts.reset();
			return true;
		}
		int status = result.getResponse().getStatus();
		boolean api = endpoint.path().startsWith("/api/");
		boolean refused = api ? status >= 400 : status / 100 != 3;
		if (refused) {
			var changed = counts.changed();
			if (!changed.isEmpty()) {
				failures.add(endpoint + " with " + what + " answered " + status + " but stored rows in " + changed);
			}
			return false;
		}
		counts.reset();
		return endpoint.method().equals("POST");
	}

	private MvcTestResult send(MatrixWorld world, String actor, String method, String path, String params,
			List<Field> fields, String value) {
		boolean upload = fields.stream().anyMatch(f -> f.kind() == Field.Kind.FILE);
		// the builders change themselves; the concrete one sends
		MockMvcTester.MockMultipartMvcRequestBuilder multipart = null;
		MockMvcTester.MockMvcRequestBuilder plain = null;
		AbstractMockHttpServletRequestBuilder<?> request;
		if (upload) {
			multipart = mvc.post().multipart().uri(path);
			for (var f : fields) {
				if (f.kind() == Field.Kind.FILE) {
					multipart.file(new MockMultipartFile(f.name(), "fuzz.csv", "text/csv",
							value.getBytes(StandardCharsets.UTF_8)));
				}
			}
			request = multipart;
		}
		else {
			plain = method.equals("POST") ? mvc.post().uri(path) : mvc.get().uri(path);
			request = plain;
		}
		if (method.equals("POST")) {
			request.with(csrf());
		}
		if (params.equals("youth") || path.startsWith("/journal/new")) {
			request.param("youth", world.own.get("youth").toString());
		}
		// a body is sent alone, so that it is read rather than refused for a parameter
		// beside it
		boolean body = fields.stream().anyMatch(f -> f.kind() == Field.Kind.BODY);
		for (var f : fields) {
			if (body && f.kind() != Field.Kind.BODY) {
				continue;
			}
			switch (f.kind()) {
				case PARAM -> request.param(f.name(), value);
				case MAP -> request.param(f.name() + "[GIRL:12-15]", value).param(f.name() + "[" + value + "]", "1");
				case BODY -> request.contentType("text/csv").content(value.getBytes(StandardCharsets.UTF_8));
				case FILE -> {
				}
			}
		}
		request.with(user(world.actors.get(actor)));
		return multipart != null ? multipart.exchange() : plain.exchange();
	}

	/** The first role the matrix lets through on its own team's records. */
	private static String actor(List<String> expected) {
		if (expected == null) {
			return null;
		}
		for (int a = 1; a < SecurityMatrixTest.ACTORS.size(); a++) {
			if (expected.get(a).startsWith("ok")) {
				return SecurityMatrixTest.ACTORS.get(a);
			}
		}
		return null;
	}

	private List<Map.Entry<RequestMappingInfo, HandlerMethod>> handlers() {
		return mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(e -> !SecurityMatrixTest.FRAMEWORK_HANDLERS.contains(e.getValue().getBeanType().getName()))
			.sorted(java.util.Comparator.comparing(e -> e.getKey().toString()))
			.toList();
	}

	/**
	 * What an endpoint reads from a request: its parameters, its form record's
	 * components, uploads, the body.
	 */
	static List<Field> fields(HandlerMethod handler) {
		var fields = new LinkedHashSet<Field>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			var type = parameter.getParameterType();
			var requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				continue;
			}
			if (parameter.hasParameterAnnotation(RequestBody.class) || java.io.InputStream.class.isAssignableFrom(type)
					|| java.io.Reader.class.isAssignableFrom(type)) {
				fields.add(new Field("body", Field.Kind.BODY));
			}
			else if (requestParam != null) {
				var name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
				fields.add(new Field(name,
						MultipartFile.class.isAssignableFrom(type) ? Field.Kind.FILE : Field.Kind.PARAM));
			}
			else if (type.isRecord()
					&& (parameter.hasParameterAnnotation(ModelAttribute.class) || !BeanUtils.isSimpleProperty(type))) {
				for (var component : type.getRecordComponents()) {
					boolean map = Map.class.isAssignableFrom(component.getType())
							|| component.getGenericType() instanceof ParameterizedType p
									&& Map.class.isAssignableFrom((Class<?>) p.getRawType());
					fields.add(new Field(component.getName(), map ? Field.Kind.MAP : Field.Kind.PARAM));
				}
			}
		}
		return new ArrayList<>(fields);
	}

	static List<String> corpus() {
		try {
			var values = new ArrayList<String>();
			values.add("");
			var text = new ClassPathResource(CORPUS).getContentAsString(StandardCharsets.UTF_8);
			for (var line : text.split("\n")) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				values.add(unescape(line));
			}
			return values;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String unescape(String line) {
		var repeat = Pattern.compile("\\{repeat:(.*):(\\d+)}").matcher(line);
		if (repeat.matches()) {
			return unescape(repeat.group(1)).repeat(Integer.parseInt(repeat.group(2)));
		}
		var unicode = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(line);
		var out = new StringBuilder();
		while (unicode.find()) {
			unicode.appendReplacement(out,
					Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(unicode.group(1), 16))));
		}
		unicode.appendTail(out);
		return out.toString().replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
	}

	static String shown(String value) {
		var escaped = value.chars()
			.mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c))
			.reduce("", String::concat);
		return escaped.length() > 40 ? escaped.substring(0, 40) + "… (" + value.length() + " chars)" : escaped;
	}

	private RowCounts rowCounts() {
		var tables = jdbc
			.queryForList(
					"select table_name from information_schema.tables "
							+ "where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1",
					String.class)
			.stream()
			.filter(t -> !LOGS.contains(t))
			.toList();
		return new RowCounts(jdbc, tables);
	}

	/**
	 * The number of rows in every table, in one query, compared with the last time they
	 * were read.
	 */
	static final class RowCounts {

		private final JdbcTemplate jdbc;

		private final List<String> tables;

		private final String query;

		private List<Long> last;

		RowCounts(JdbcTemplate jdbc, List<String> tables) {
			this.jdbc = jdbc;
			this.tables = tables;
			this.query = "select "
					+ String.join(", ", tables.stream().map(t -> "(select count(*) from \"" + t + "\")").toList());
			this.last = read();
		}

		private List<Long> read() {
			return jdbc.queryForObject(query, (rs, i) -> {
				var values = new ArrayList<Long>();
				for (int c = 1; c <= tables.size(); c++) {
					values.add(rs.getLong(c));
				}
				return values;
			});
		}

		/** The tables whose counts changed since the last read. */
		List<String> changed() {
			var now = read();
			var changed = new ArrayList<String>();
			for (int i = 0; i < tables.size(); i++) {
				if (!now.get(i).equals(last.get(i))) {
					changed.add(tables.get(i) + " " + last.get(i) + " → " + now.get(i));
				}
			}
			last = now;
			return changed;
		}

		void reset() {
			last = read();
		}

	}

}
