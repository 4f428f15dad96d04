package no.feltlogg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.feltlogg.shared.Role;
import no.feltlogg.support.IntegrationTest;
import no.feltlogg.support.TestStaff;

/**
 * Every form of the application that needs no record in its address, posted by each role
 * with every field holding the same odd input, a value at a time: the answer is never an
 * error page. The forms are found from the controllers themselves (their form records'
 * components), so a new form is covered when it is written.
 */
@IntegrationTest
class FormsTypedInputTest {

	static final List<String> TYPED = List.of("31.02.2026", "1.1.99999", "i morgen", "-1", "99999999999", "1e3", "NOPE",
			"not-a-uuid", "x".repeat(25_000), "Ola\u0000Nordmann", "<b>fet</b>", "", "'; drop table team; --");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noFormAnswersAnythingTypedWithAnErrorPage() {
		var municipality = staff.newMunicipality();
		var users = List.of(municipality.user(municipality.account(Role.WORKER)),
				municipality.user(municipality.account(Role.LEADER)), municipality.user(municipality.account(Role.SLT)),
				municipality.user(municipality.account(Role.ADMIN)));
		var forms = new ArrayList<String>();
		var failed = new ArrayList<String>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				return;
			}
			var fields = new ArrayList<String>();
			for (var parameter : method.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(ModelAttribute.class) && recordType(parameter) != null) {
					for (var component : recordType(parameter).getRecordComponents()) {
						fields.add(component.getName());
					}
				}
			}
			for (var path : info.getPatternValues()) {
				if (fields.isEmpty() || path.contains("{") || path.startsWith("/api/")) {
					continue;
				}
				forms.add(path);
				for (var signedIn : users) {
					for (var typed : TYPED) {
						var request = mvc.post().uri(path).with(user(signedIn)).with(csrf());
						fields.forEach(field -> request.param(field, typed));
						var result = request.exchange();
						if (result.getUnresolvedException() != null || result.getResponse().getStatus() >= 500) {
							failed.add(path + " as " + signedIn.role() + " with "
									+ (typed.length() > 30 ? typed.substring(0, 30) + "…" : typed) + ": "
									+ (result.getUnresolvedException() != null
											? result.getUnresolvedException().getMessage()
											: result.getResponse().getStatus()));
						}
					}
				}
			}
		});
		assertThat(forms).as("the forms found").contains("/youth/new", "/fieldwork/encounters/new", "/groups/new");
		assertThat(failed).isEmpty();
	}

	private static Class<?> recordType(MethodParameter parameter) {
		var type = parameter.getParameterType();
		return type.isRecord() ? type : null;
	}

}
