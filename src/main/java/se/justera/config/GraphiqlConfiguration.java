package se.justera.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL served from the app's own static files (static/graphiql/), not a CDN: municipal
 * networks are often closed. Spring's stock page stays off (spring.graphql.graphiql.enabled).
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}
