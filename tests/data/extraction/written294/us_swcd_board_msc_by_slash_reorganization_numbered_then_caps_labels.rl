@title Varland SWCD Board Meeting January 25 2018
@font Times-Roman
@fontsize 11
@header Varland SWCD Board Meeting - January 25, 2018||Page {page}
HC VARLAND SWCD BOARD MEETING
HC Thursday, January 25, 2018, 9:00 a.m.
HC USDA County Offices
S 6
P <b>8:00 am - FINANCE COMMITTEE MEETING:</b> Supervisors Ostrowski and Brekke met at 8:00 am with Marla and Ione and reviewed the 2018 proposed budget line by line. They agreed to recommend it to the full board without changes.
P <b>PRESENT:</b> Supervisors: Lindqvist, Ostrowski, Haugen, Pelto, and Brekke Commissioner: Gary Tollefsrud Staff: Marla Dunkel (District Manager), Dean Rusch (Technician), and Ione Pajari (Office Administrator) Guest: Arnold Vick from Tessen SWCD Board
P <b>9:00 am - RE-ORGANIZATIONAL MEETING:</b>
P 1. Official Date, Time, Location: Fourth Thursday of Each Month, 9:00 a.m. at USDA County Office. MSC to remain the same by Pelto/Haugen.
P 2. Official Per Diem and Mileage: MSC by Ostrowski/Brekke. - Per Diem and Mileage: $75 Full Board or Exceeding Half Day Meetings - $25/Committee or Payroll - Mileage at IRS Established Rate ($.545 as of 1/1/2018)
P 3. Official Publication: Varland County Record MSC by Ostrowski/Pelto.
P 4. Official Bank of Deposit: Prairie Lakes Bank Checking MSC by Brekke/Ostrowski.
P 5. Annual Resolution Approving Varland County Local Water Plan as District's Annual Plan. MSC by Haugen/Pelto.
P 6. Grant Agreements / Contracts Signature Approval: For FY2018 Varland SWCD's District Manager, Marla Dunkel, in the absence of SWCD Board Members, may sign grant agreements and/or contracts. MSC to approve by Ostrowski/Pelto.
P 7. Minimum Fund Balance Approval: The minimum Fund Balance for FY2018 will be 3 months of Operating Expenditures. MSC by Haugen/Brekke. (ie: Operating Exp. for FY2018, divided by 12, times 3 months) (see handout attached)
P 8. Capital Assets Policy of Threshold Approval: In the FY2018 Capital Assets Policy Report, $500 and above will remain the level of threshold documented, for depreciation, for all purchases by Varland SWCD. MSC by Ostrowski/Haugen to remain.
P 9. Election of Officers: Chair - Lindqvist; Vice Chair - Pelto; Secretary - Haugen; Treasurer - Brekke; PR&amp;I - Ostrowski. MSC by Brekke/Pelto.
P <b>REGULAR BOARD MEETING:</b>
P <b>CALL TO ORDER:</b> Chair Lindqvist called the regular meeting to order at 9:25 a.m.
P <b>AGENDA:</b> MSC to approve the agenda as presented by Haugen/Pelto.
P <b>MINUTES:</b> MSC to approve the December 21, 2017 minutes as mailed by Brekke/Ostrowski.
P <b>TREASURER'S REPORT:</b> Ione presented the December Treasurer's Report. MSC to approve by Pelto/Haugen.
P <b>BILLS:</b> MSC to pay bills in the amount of $18,946.22 by Ostrowski/Brekke.
P <b>2018 BUDGET:</b> On the recommendation of the Finance Committee, MSC to adopt the 2018 budget of $612,480 by Ostrowski/Lindqvist.
P <b>DISTRICT MANAGER'S REPORT:</b> Marla reported on the buffer compliance letters sent in December, the tree order deadline of March 9, and the state Clean Water Fund application due in February. Supervisor Pelto asked how many parcels are still out of compliance; Marla said 31.
P <b>COMMISSIONER'S REPORT:</b> Commissioner Tollefsrud reported that the County Board approved the 2018 SWCD allocation at the same level as 2017.
P <b>COST SHARE CONTRACTS:</b> Dean explained two cost share contracts: a grassed waterway for Helgeson Farms ($6,420) and a well sealing for Ruth Amundsen ($850). MSC to approve both contracts by Haugen/Brekke.
P <b>ADJOURN:</b> MSC to adjourn at 11:05 a.m. by Pelto/Haugen.
S 10
P Submitted by Ione Pajari, Office Administrator
