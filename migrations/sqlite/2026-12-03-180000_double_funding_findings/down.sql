DROP TABLE double_funding_findings;
