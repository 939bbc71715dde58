package se.justera.municipality;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.justera.graphql.NodeLoader;

/** Municipalities and bodies for node(id:); neither is ever withdrawn. */
@Configuration(proxyBeanMethods = false)
class MunicipalityNodes {

	@Bean
	NodeLoader municipalityLoader(MunicipalityRepository municipalities) {
		return new NodeLoader() {
			@Override
			public String type() {
				return "Municipality";
			}

			@Override
			public Map<String, ?> load(List<String> keys, boolean withWithdrawn) {
				return municipalities.findByIds(ids(keys))
					.stream()
					.collect(Collectors.toMap(m -> m.id().toString(), Function.identity()));
			}
		};
	}

	@Bean
	NodeLoader bodyLoader(MunicipalityRepository municipalities) {
		return new NodeLoader() {
			@Override
			public String type() {
				return "Body";
			}

			@Override
			public Map<String, ?> load(List<String> keys, boolean withWithdrawn) {
				return municipalities.findBodiesByIds(ids(keys))
					.stream()
					.collect(Collectors.toMap(b -> b.id().toString(), Function.identity()));
			}
		};
	}

	private static Long[] ids(List<String> keys) {
		return keys.stream().map(Long::valueOf).toArray(Long[]::new);
	}

}
