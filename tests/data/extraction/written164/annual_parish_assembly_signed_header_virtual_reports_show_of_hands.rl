@title Annual Parish Assembly 2020 final minutes
@font Times-Roman
@fontsize 11
@numcol 9
@header Cllr H Okafor-Lane: Chairman||26 May 2021
HC FINAL MINUTES OF THE ANNUAL PARISH ASSEMBLY OF SALLOWBROOK-ON-THAMES
C Virtually at 20:15 Thursday 21st May 2020
S 6
G <b>Members Present</b> | Chairman | Hugh Okafor-Lane
G  | Members | Priya Dempsey, Gareth Lowndes, Sian Carrow
G <b>Officers Present:</b> | Clerk | Annette Vosper
G <b>Public and Press:</b> |  | John Bradshaw, Marion Kettle, Laura Mistry, Peter Wragge, Colin and Jean Ferris, District Cllr Maureen Ashdown (apologies), County Cllr Dev Raman, Sallowbrook Courier.
S 4
P The meeting started at 20:15.
R 1 | <b>Chairman Statement</b>
R  | Good evening, and thank you for joining our first online Annual Assembly. Until this spring the Council could only take decisions with members in the same room; new regulations now let us meet by video, and we have done so every month since April. I would like to thank Annette for setting this up at very short notice. This year we welcomed Sian Carrow to the Council in January, and I am pleased to say that the grant for the pavilion was confirmed in March, of which more later.
R 2 | <b>Minutes of the 2019 Annual Parish Assembly</b>
R  | The minutes of the Annual Parish Assembly held on 22nd May 2019 were approved as a correct record, proposed by Peter Wragge and seconded by Laura Mistry.
R 3 | <b>Village Hall Update</b>
R  | Gareth Lowndes reported that the refurbishment of the hall kitchen and toilets had been completed in February, just before the hall had to close. The hall committee hoped to reopen for small groups in the autumn, subject to government guidance.
R 4 | <b>Pavilion Project</b>
R  | Priya Dempsey reported that the Parish Council had been awarded £42,000 from the District Council's community infrastructure fund towards the new pavilion at the recreation ground. Tenders would be sought in the summer. John Bradshaw asked whether the cricket club would contribute to the running costs. Priya Dempsey said that a lease with the club was being negotiated and would include a share of the costs.
R 5 | <b>Traffic and Speedwatch</b>
R  | Sian Carrow reported that the Community Speedwatch team had recorded 212 vehicles over the limit on the High Street between September and March before sessions were suspended. The figures had been passed to the police.
PB
R 6 | <b>Neighbourhood Plan</b>
R  | The Chairman explained that the Parish Council had reviewed the case for a neighbourhood plan and, in view of the District Council's new Local Plan, had decided not to proceed for the time being. Colin Ferris said that he was disappointed and asked that the decision be reviewed in two years.
R 7 | <b>District Councillor's Report</b>
R  | District Cllr Maureen Ashdown had sent her apologies and a written report on the District Council's response to the pandemic, which was read out by the Clerk.
R 8 | <b>County Councillor's Report</b>
R  | County Cllr Dev Raman gave a verbal report on the County Council's plans for home-to-school transport in September and the resurfacing of the Sallowbrook road planned for the summer holidays.
R 9 | <b>Questions from Parishioners</b>
R  | Marion Kettle asked whether a defibrillator could be installed at the pavilion when it is built. On a show of hands, those present supported a request to the Parish Council to include a defibrillator in the pavilion project: 14 in favour, none against.
R 10 | <b>Close</b>
R  | The Chairman thanked everyone for attending and closed the meeting at 21:32.
