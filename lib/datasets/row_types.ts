// The dataset types an entry module exports: the row type of each dataset, the names, and the
// registry (as a type only: DatasetName and DatasetRows are read from it).
export type {
  AsbSupportRow,
  ChildVictimsAgeRow,
  ChildVictimsEthnicityRow,
  ChildVictimsRow,
  ChildVictimsSexRow,
  CommissioningFiguresRow,
  CommissioningSpendRow,
  ContractTermsRow,
  CouncilDsvBudgetRow,
  DatasetName,
  DatasetRows,
  DATASETS,
  NottinghamshireFundingRow,
  PaediatricSarcRow,
  RowOf,
  UserDatasetRow,
  VictimFirstContractRow,
  VictimFirstUnder18Row,
} from "./mod.ts";
