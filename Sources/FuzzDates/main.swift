import FuzzDriver

FuzzDriver.run(.dates)
