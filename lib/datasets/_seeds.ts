// The seed files' names, in one place for the dataset descriptors.
export const FOI_0004_24 = "llr_opcc_foi_0004_24_under18_services.txt";
export const FOI_0017_24 = "llr_opcc_foi_0017_24_asb_support.txt";
export const LEICESTER_FOI = "leicester_council_foi_child_victims_2020_21.txt";
export const FRAMEWORK = "llr_opcc_commissioning_framework_2024_25.txt";
export const NOTTS_FOI = "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt";
