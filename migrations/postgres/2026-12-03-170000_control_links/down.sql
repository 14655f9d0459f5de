DROP TABLE control_links;
