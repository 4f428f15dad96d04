-- Docker Compose: the application's own database role (ADR 0022). The image's POSTGRES_USER (feltlogg) owns the database
-- and migrates it; the application connects as feltlogg_app, which owns nothing. Runs once, on a fresh volume.
create role feltlogg_app login password 'feltlogg_app';
