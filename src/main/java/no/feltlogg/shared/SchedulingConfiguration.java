package no.feltlogg.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs for every module, each run on one instance at a time: a module's job is
 * a {@code @Scheduled} method that also carries
 * {@code @SchedulerLock(name = ..., lockAtLeastFor = ...)}. The lock is a row in the
 * table {@code shedlock}, compared with the database's clock, so the instances' own
 * clocks do not matter. Give each job a {@code lockAtLeastFor} longer than the instances'
 * cron triggers can drift apart (a minute is plenty), so that a short job is not run
 * again by an instance that fires a moment later.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
