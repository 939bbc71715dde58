package se.justera.municipality;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import se.justera.graphql.Batches;
import se.justera.graphql.Inputs;

@Controller
class MunicipalityController {

	private final MunicipalityRepository municipalities;

	MunicipalityController(MunicipalityRepository municipalities) {
		this.municipalities = municipalities;
	}

	record BodyInput(String municipality, String name, BodyKind kind) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	Municipality createMunicipality(@Argument String name) {
		return this.municipalities.create(Inputs.name("name", name));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	Body createBody(@Argument BodyInput input) {
		return this.municipalities.createBody(Inputs.name("input.municipality", input.municipality()),
				Inputs.name("input.name", input.name()), input.kind());
	}

	@QueryMapping
	List<Municipality> municipalities() {
		return this.municipalities.findAll();
	}

	@BatchMapping
	Map<Municipality, List<Body>> bodies(List<Municipality> municipalities) {
		return Batches.byParent(municipalities, Municipality::id,
				this.municipalities.findBodiesByMunicipalityIds(Batches.ids(municipalities, Municipality::id)),
				Body::municipalityId);
	}

	@BatchMapping
	Map<Body, Municipality> municipality(List<Body> bodies) {
		return Batches.oneByParent(bodies, Body::municipalityId,
				this.municipalities.findByIds(Batches.ids(bodies, Body::municipalityId)), Municipality::id);
	}

}
