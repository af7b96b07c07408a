@title Regular Meeting of the Harlowkill Town Board March 14, 2012
@font Times-Roman
@fontsize 11
@header Regular Meeting of the Harlowkill Town Board March 14, 2012||PAGE {page} OF 3
P The Regular Meeting of the Town Board of the Town of Harlowkill, County of Wendaquot and the State of New York was held at the Town Hall, 410 Kill Road, Harlowkill, NY on March 14, 2012.
P <b>TOWN BOARD PRESENT:</b> Supervisor Pruszynski Councilman Tellier Councilwoman Ashdown-Reyes Councilwoman Moravec Councilman Gillane
P <b>ALSO ATTENDING:</b> Town Attorney Frances Oyelaran, Town Clerk Dale Whitcomb, Town Engineer Marcus Hoyle, Highway Superintendent Rick Santangelo, Comptroller Irene Bastidas and 23 members of the general public.
P The Supervisor called the Regular Meeting to order at 6:00 PM, welcomed everyone and asked that all present join in the PLEDGE OF ALLEGIANCE.
H APPROVAL OF MINUTES
P On a motion of Councilwoman Moravec, seconded by Councilman Tellier, the following resolution was ADOPTED Ayes 5 Tellier, Ashdown-Reyes, Moravec, Gillane, Pruszynski Nays 0
P Resolved the Minutes of the Regular Meeting on February 22, 2012 are approved.
H PUBLIC HEARINGS
H Public Hearing on Local Law No. 2 of 2012 – Residential Parking on Town Roads
P Supervisor Pruszynski provided the Proof of Posting and Affidavit of Publication and opened the Public Hearing at 6:04 PM regarding proposed Local Law No. 2 of 2012, which would prohibit overnight parking on town roads between November 1 and April 1.
P Highway Superintendent Rick Santangelo explained that parked cars had delayed plowing on Birchlea Terrace and Quarry Road on six occasions this winter.
P Olive Pemberton, 22 Birchlea Terrace, said that several homes on her street have no driveway space and asked that the Board allow permits for those residents. Lyle Haverkamp, 9 Quarry Road, spoke in favor of the law.
P There being no further comments, the Supervisor closed the Public Hearing at 6:19 PM.
P On a motion of Councilman Gillane, seconded by Councilwoman Ashdown-Reyes, the following resolution was ADOPTED Ayes 5 Tellier, Ashdown-Reyes, Moravec, Gillane, Pruszynski Nays 0
P Resolved that Local Law No. 2 of 2012 is adopted as amended to provide for resident parking permits on Birchlea Terrace.
H Public Hearing on Special Use Permit – Castlebury Solar LLC, 1180 Ridge Road
P Supervisor Pruszynski opened the Public Hearing at 6:22 PM. Town Engineer Marcus Hoyle summarized the application for a 2 megawatt ground-mounted solar array and the Planning Board's recommendation of approval with conditions.
P Norbert Fenstermacher, 1204 Ridge Road, asked about screening from his property. Mr. Hoyle stated that the conditions require an evergreen buffer along the eastern boundary.
P The Supervisor closed the Public Hearing at 6:37 PM. The Board will act on the application at the March 28, 2012 meeting.
H PUBLIC COMMENT
P Wanda Szymborski, 77 Orchard Lane, thanked the Highway Department for its work during the February ice storm.
P Calvin Ritter, 5 Depot Street, asked why the transfer station hours had been reduced. Supervisor Pruszynski responded that the reduction was made in the 2012 budget and would be reviewed in June.
H COMMUNICATIONS
P Letter from the Wendaquot County Department of Planning regarding the update of the county hazard mitigation plan.
P Letter from Harlowkill Little League requesting use of the Veterans Park fields on Saturdays from April 14 through June 30.
P The communications were received and filed.
H REPORTS OF TOWN OFFICIALS
P Highway Superintendent Rick Santangelo reported that the department has used 1,840 tons of salt this season and that spring brush pick-up will begin April 16.
P Comptroller Irene Bastidas reported that sales tax receipts for the fourth quarter were 3.1 percent above the same quarter of 2011.
H RESOLUTIONS
H Resolution No. 2012-41 Award Bid – Salt Storage Building
P On a motion of Councilman Tellier, seconded by Councilwoman Moravec, the following resolution was ADOPTED Ayes 5 Tellier, Ashdown-Reyes, Moravec, Gillane, Pruszynski Nays 0
P Resolved that the bid for the construction of a salt storage building at the Highway Garage be awarded to Kessler Brothers Construction Inc. in the amount of $186,400.00, being the lowest responsible bid.
H Resolution No. 2012-42 Use of Veterans Park – Harlowkill Little League
P On a motion of Councilwoman Ashdown-Reyes, seconded by Councilman Gillane, the following resolution was ADOPTED Ayes 5 Tellier, Ashdown-Reyes, Moravec, Gillane, Pruszynski Nays 0
P Resolved that Harlowkill Little League is granted use of the Veterans Park fields on Saturdays from April 14 through June 30, 2012, subject to proof of insurance.
H Resolution No. 2012-43 Budget Modification – Highway Fund
P Comptroller Irene Bastidas explained that the modification moves $22,000 from contingency to snow removal overtime.
P On a motion of Councilman Gillane, seconded by Councilman Tellier, the following resolution was ADOPTED Ayes 4 Tellier, Ashdown-Reyes, Gillane, Pruszynski Nays 1 Moravec
P Resolved that the 2012 Highway Fund budget is modified as set out in Schedule A attached to these minutes.
H Resolution No. 2012-44 Purchase of Tandem Dump Truck
P Councilwoman Moravec asked that the purchase be held until the Board has reviewed the fleet replacement plan.
P On a motion of Councilwoman Moravec, seconded by Councilman Tellier, the following resolution was TABLED Ayes 5 Tellier, Ashdown-Reyes, Moravec, Gillane, Pruszynski Nays 0
H Resolution No. 2012-45 Approve Payment of Vouchers
P On a motion of Councilman Tellier, seconded by Councilwoman Ashdown-Reyes, the following resolution was ADOPTED Ayes 5 Tellier, Ashdown-Reyes, Moravec, Gillane, Pruszynski Nays 0
P Resolved that the vouchers on Abstract No. 6 in the amount of $274,915.38 are approved for payment.
H SUPERVISOR'S REPORT
P Supervisor Pruszynski reported that the Town has received a state grant of $75,000 for the Kill Road culvert and that the annual financial report has been filed with the State Comptroller.
H ADJOURNMENT
P On a motion of Councilman Gillane, seconded by Councilwoman Moravec, the meeting was adjourned at 7:42 PM.
S 12
P Respectfully submitted,
P Dale Whitcomb, Town Clerk
