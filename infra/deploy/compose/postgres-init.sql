-- One database per service, as on every other stack; each service migrates its own with Flyway.
create database orders;
create database inventory;
create database purchasing;
create database reporting;
