@title Chenal Parish Council Minutes January 12, 2026
@font Times-Roman
@fontsize 11.5
@footer Chenal Parish Council Regular Meeting – January 12, 2026||Page {page}
HC Chenal Parish Council
C January 12, 2026
C Regular Meeting -6:00 PM
C Chenal Parish Courthouse
C Council Chambers
S 8
P <b>Item No. 1–</b> Call to Order – Chairman Lemoine called the meeting to order.
P <b>Item No. 2 –</b> Invocation – Councilman Thigpen gave the invocation.
P <b>Item no. 3–</b> Pledge of Allegiance – Councilwoman Seal led the Pledge of Allegiance.
P <b>Item No. 4–</b> Roll Call – Council Clerk Debra Knight called the roll. Present were Lemoine, Spiers, Thigpen, Magee, Crain, Pittman and Seal.
P <b>Item No. 5 –</b> Election of Officers for 2026 – Council Clerk Debra Knight opened the floor for nominations for Chairman. Councilman Crain nominated Councilman Lemoine, seconded by Councilman Pittman. Councilman Magee nominated Councilwoman Seal, seconded by Councilman Spiers.
P Roll call vote as follows:
P For Lemoine: (4) Lemoine, Crain, Pittman and Thigpen
P For Seal: (3) Seal, Magee and Spiers
P Councilman Lemoine was elected Chairman for 2026 and took the chair. Councilman Spiers offered a motion, seconded by Councilman Thigpen, to elect Councilwoman Seal as Vice Chairman.
P Roll call vote as follows:
P YEAS: (7) Lemoine, Spiers, Thigpen, Magee, Crain, Pittman and Seal
P NAYS: (0)
P <b>Item No. 6 -</b>Approval of Minutes – Councilman Pittman offered a motion, seconded by Councilman Magee to approve the minutes of the December 8, 2025 meeting.
P Roll call vote as follows:
P YEAS: (7) Lemoine, Spiers, Thigpen, Magee, Crain, Pittman and Seal
P NAYS: (0)
P <b>Item No. 7 –</b> Introduction of Proposed CP Ordinance No.26-101 – An Ordinance to Amend Chapter 14 of the Chenal Parish Code relative to the Registration of Short-Term Rentals. The public hearing will be held on January 26, 2026 at 6:00 PM.
P <b>Item No. 8 -</b>Public Participation - Mrs. Lorene Bickham of Old Ferry Road asked when the Bogue Rouge bridge would reopen. Mr. Willis Stroud spoke in favor of the short-term rental ordinance. Councilman Thigpen offered a motion, seconded by Councilman Crain to close public participation.
P Roll call vote as follows:
P YEAS: (7) Lemoine, Spiers, Thigpen, Magee, Crain, Pittman and Seal
P NAYS: (0)
P <b>Item No. 9 –</b> President’s Report – President Dyess reported the following:
P Finance Report:
P · 2025 audit field work completed
P · Sales tax collections up 3.1% over December 2024
P Transportation Report:
P · Bogue Rouge bridge – deck repairs to be completed by February 20, 2026
P · 14 culverts installed; ditch cleaning continued on Hwy 438
P <b>Item No. 10 –</b> Adoption of CP Ordinance No.25-598 – An Ordinance to Establish a 35 MPH Speed Limit on Old Ferry Road and Bickham Lane – Councilman Magee offered a motion, seconded by Councilwoman Seal to adopt the ordinance. Councilman Pittman offered an amendment, seconded by Councilman Spiers, to remove Bickham Lane from the ordinance.
P Roll call vote on the amendment as follows:
P YEAS: (3) Pittman, Spiers and Crain
P NAYS: (4) Lemoine, Thigpen, Magee and Seal
P The amendment failed.
P Roll call vote on the motion as follows:
P YEAS: (5) Lemoine, Thigpen, Magee, Seal and Crain
P NAYS: (2) Pittman and Spiers
P The motion carried.
P <b>Item No. 11 –</b> Resolution No. 26-02 – A Resolution authorizing the Parish President to apply for Louisiana Community Development Block Grant funds for the Bonnefoi water system – Councilwoman Seal offered a motion, seconded by Councilman Crain to adopt the resolution.
P Roll call vote as follows:
P YEAS: (7) Lemoine, Spiers, Thigpen, Magee, Crain, Pittman and Seal
P NAYS: (0)
P <b>Item No. 12 –</b> Appointment to Fire Protection District No. 4 Board – Councilman Crain offered a motion, seconded by Councilman Pittman, to appoint Mr. Dale Varnell. After discussion Councilman Crain withdrew his motion. The appointment was deferred to the February 9, 2026 meeting.
P <b>Item No. 13 –</b> Adjourn – Councilman Pittman offered a motion, seconded by Councilman Magee to adjourn.
P Roll call vote as follows:
P YEAS: (7) Lemoine, Spiers, Thigpen, Magee, Crain, Pittman and Seal
P NAYS: (0)
S 14
P _______________________________ &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; _______________________________
P Debra Knight, Council Clerk &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Gerald Lemoine, Chairman
